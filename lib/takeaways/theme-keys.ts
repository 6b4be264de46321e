/** The mark the selection leaves for a theme a chosen takeaway has told, so no other tells it again. */
export const themeToldKey = (id: string) => `theme:${id}`;
