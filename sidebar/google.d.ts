// The slice of Apps Script's client-side `google.script` API the sidebar uses, typed from the server contract.

declare namespace google.script {
  type ServerApi = import('../src/server/api').ServerApi;

  /** google.script.run: each server function takes its own arguments and returns nothing; results arrive in the handlers. */
  type Runner = {
    withSuccessHandler(handler: (value: unknown) => void): Runner;
    withFailureHandler(handler: (error: unknown) => void): Runner;
  } & { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => void };

  const run: Runner;
}
