/** One problem found in an uploaded or loaded file, located as precisely as the format allows. */
export interface InputIssue {
  file: string;
  /** 1-based line/row number, counting the header row. */
  row?: number;
  /** Column name (CSV header) or letter (spreadsheet). */
  column?: string;
  message: string;
}

/** Shape of every error the API answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Field-level or row-level details, when the error has several parts. */
  details?: Array<string | InputIssue>;
}
