export const RESULTS_PATH = '/ket-qua';
export const RESULTS_IMPORT_PATH = `${RESULTS_PATH}/nhap`;
