/**
 * Writes public/data/lattice.schema.json from the zod schema, so the published JSON Schema can never
 * drift from what the app accepts (a unit test checks the checked-in file is current).
 */
import { writeFileSync } from "node:fs";
import { jsonSchemaText } from "../src/data/json-schema.ts";

writeFileSync("public/data/lattice.schema.json", jsonSchemaText());
console.log("wrote public/data/lattice.schema.json");
