// Where the browser keeps a public form's unsent draft: one per form and language.
export const draftKey = (slug: string, language: string) => `medvirk:utkast:${slug}:${language}`;
