export const S = (name, log = 'オペレーター', extra = {}) => ({ name, role: 'staff', log, ...extra });
export const C = (name, log = '顧客', extra = {}) => ({ name, role: 'customer', log, ...extra });
