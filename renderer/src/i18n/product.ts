// The product name is a name, not a phrase: it is never translated, and catalogs reach it as {{appName}}.
export const PRODUCT_NAME = 'Medical Education Assistant';
