/**
 * What is wrong with a dataset, as shown to the user: `path: message`. Kept apart from the validator
 * (validate.ts, which carries zod) so the page shell can show problems without loading it.
 */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(root)";
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
