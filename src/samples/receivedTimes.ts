/** When sample files arrive: office hours in Sơn La (UTC+7), written in UTC so the calendar day is the same. */
import type { IsoDate } from "../domain/language/types";
import type { Random } from "./random";

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 07:30–16:30 in Sơn La is 00:30–09:30 UTC: the same day in both zones. */
export function officeHoursOn(date: IsoDate, random: Random): string {
  const minutes = random.int(30, 570);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${date}T${hh}:${mm}:00.000Z`;
}
