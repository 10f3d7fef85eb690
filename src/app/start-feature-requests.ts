/**
 * Imported first by main.tsx: asks for the graph and panel chunks before React DOM and the app are
 * evaluated, so that they are usually in by the time the dataset is, rather than after the
 * dashboard's first render.
 */
import { preloadFeatures } from "./lazy-features";

preloadFeatures();
