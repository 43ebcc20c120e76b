// Renders model output as Markdown that cannot do anything: no raw HTML, no navigation, no remote loads.
import { memo, type MouseEvent, type ReactNode } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const REMARK_PLUGINS = [remarkGfm];

/** Links never navigate (the app is offline and must not open pages inside itself). The URL,
 *  already cleaned by defaultUrlTransform, is only shown as a tooltip; there is no href at all. */
function InertLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  const url = href !== undefined && href !== '' ? href : null;
  const block = (event: MouseEvent) => event.preventDefault();
  return (
    <span
      className="md-link"
      title={url === null ? 'Link removed' : `Link (not opened in this offline app): ${url}`}
      onClick={block}
      onAuxClick={block}
    >
      {children}
    </span>
  );
}

/** Images are never fetched (remote content is forbidden); only their alt text is shown. */
function ImageAltText({ alt }: { alt?: string | undefined }) {
  return <span className="md-image-alt">[image{alt !== undefined && alt !== '' ? `: ${alt}` : ''}]</span>;
}

/** Tables scroll sideways inside their own box instead of widening the message. */
function ScrollableTable({ children }: { children?: ReactNode }) {
  return (
    <div className="md-table-wrap">
      <table>{children}</table>
    </div>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <InertLink href={href}>{children}</InertLink>,
  img: ({ alt }) => <ImageAltText alt={alt} />,
  table: ({ children }) => <ScrollableTable>{children}</ScrollableTable>,
};

export const SafeMarkdown = memo(function SafeMarkdown({ content }: { content: string }) {
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={REMARK_PLUGINS}
        components={COMPONENTS}
        skipHtml
        urlTransform={defaultUrlTransform}
      >
        {content}
      </Markdown>
    </div>
  );
});
