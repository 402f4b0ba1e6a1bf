/**
 * A problem with the build's input, located as precisely as the input allows. The CLI
 * prints it as `file:line: field: message` and exits non-zero; the database is untouched.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line: number | null = null,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** `seeds/manifest.json:14: documents[2].date: must be YYYY, YYYY-MM or YYYY-MM-DD` */
  format(): string {
    return [this.line === null ? this.file : `${this.file}:${this.line}`, this.field, this.message].filter(Boolean).join(': ');
  }
}
