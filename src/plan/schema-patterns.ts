// The patterns of the schema's formats, for code that explains or re-checks them. A test reads
// the schema and fails if these drift from it.
export const schemaPatterns = {
  isoDate: "^\\d{4}-\\d{2}-\\d{2}$",
  localTime: "^([01]\\d|2[0-3]):[0-5]\\d$",
  duration: "^(?=\\d)(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?$",
  timeZone: "^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$",
  language: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
  id: "^[a-z0-9][a-z0-9-]{0,62}$",
  change: "^[+-]\\d+(\\.\\d+)?%$",
  ageRange: "^\\d{1,3}-\\d{1,3}$",
  countryCode: "^[A-Z]{2}$",
  holidayRegion: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
} as const;
