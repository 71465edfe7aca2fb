export const TOPICS_PATH = "/admin/kunnskapsbase/emner";
