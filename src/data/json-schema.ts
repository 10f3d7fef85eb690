import { z } from "zod";
import { datasetSchema } from "./schema";

/** The dataset format as JSON Schema (draft 2020-12), as published in public/data/. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: "input", unrepresentable: "any" });
  const published = {
    ...schema,
    $id: "lattice.schema.json",
    title: "Lattice dataset, format version 1",
    description:
      "Indo-Pacific security cooperation agreements and events. Semantic rules (known ids, date order, unique ids) are checked by Lattice's validator beyond this schema; see docs/data-format.md.",
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
