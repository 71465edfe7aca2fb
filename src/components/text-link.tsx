// The one link component (issue #19 point 4). Links were written three ways: <NextLink
// className="ds-link">, <a className="ds-link"> and Designsystemet's <Link asChild><NextLink/></Link>.
// Now every text link is <TextLink>: Designsystemet's link style, and the right element for
// where it goes. A page of the app is a Next <Link> (client navigation, prefetch); an in-page
// anchor (#…), a download, another site (https:, mailto:) or a link marked `native` (a route that
// must load as a whole document) is a plain <a>. No state, no effects: it renders on the server
// and in client components alike. eslint refuses `className="ds-link"` on links elsewhere and
// Designsystemet's `Link` import; scripts/links-codemod.ts rewrote the old forms.
import NextLink from "next/link";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & {
  href: string;
  /** A plain <a>: the browser loads the target as a whole document. */
  native?: boolean;
  download?: boolean | string;
};

export function TextLink({ href, className, native, prefetch, replace, scroll, ...rest }: Props) {
  const classes = className ? `ds-link ${className}` : "ds-link";
  if (native || href.startsWith("#") || rest.download !== undefined || /^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return <a href={href} className={classes} {...rest} />;
  }
  return <NextLink href={href} className={classes} prefetch={prefetch} replace={replace} scroll={scroll} {...rest} />;
}
