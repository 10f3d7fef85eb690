/** Words for an agreement's status on the current date (statusAt in active.ts), used by the panels. */
import type { AgreementStatus } from "./prepare";

export const STATUS_LABEL: Record<AgreementStatus, string> = {
  "not-yet": "Not yet signed",
  pending: "Signed, not yet in force",
  active: "Active",
  ended: "Ended",
};

/** Ordinal for ranks: 1st, 2nd, 3rd, 4th, 11th, 21st… */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
