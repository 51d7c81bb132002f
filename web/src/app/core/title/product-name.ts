/** The product name as shown in the header and in every page title. */
export const PRODUCT_NAME = $localize`:@@product.name:DI mācības`;
