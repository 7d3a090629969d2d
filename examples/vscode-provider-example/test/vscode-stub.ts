/** Just enough of `vscode` for the activation test: the Callroll extension is set per test. */
export const stub: { callroll: { activate(): Promise<unknown> } | undefined; warnings: string[] } = {
  callroll: undefined,
  warnings: [],
};

export const extensions = {
  getExtension: (id: string) => (id === 'callroll.callroll' ? stub.callroll : undefined),
};

export const window = {
  showWarningMessage: async (message: string) => {
    stub.warnings.push(message);
    return undefined;
  },
};
