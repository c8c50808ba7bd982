import calendarData from '../../calendar/parliamentary-calendar.json' with { type: 'json' };
import { calendarFromData, type Calendar } from '../core/calendar.js';

/** The parliamentary calendar that ships with the program; a register's config may add its own recess dates. */
export function shippedCalendar(): Calendar {
  return calendarFromData(calendarData);
}
