// Renders model output as Markdown that cannot do anything: no raw HTML, no navigation, no remote loads.
import { memo, type MouseEvent, type ReactNode } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useTranslation } from '../../../i18n';
import { splitStableBlocks } from '../state/markdownBlocks';

const REMARK_PLUGINS = [remarkGfm];

/** Links never navigate (the app is offline and must not open pages inside itself). The URL,
 *  already cleaned by defaultUrlTransform, is only shown as a tooltip; there is no href at all. */
function InertLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  const { t } = useTranslation('chat');
  const url = href !== undefined && href !== '' ? href : null;
  const block = (event: MouseEvent) => event.preventDefault();
  return (
    <span
      className="md-link"
      title={url === null ? t('markdown.linkRemoved') : t('markdown.link', { url })}
      onClick={block}
      onAuxClick={block}
    >
      {children}
    </span>
  );
}

/** Images are never fetched (remote content is forbidden); only their alt text is shown. */
function ImageAltText({ alt }: { alt?: string | undefined }) {
  const { t } = useTranslation('chat');
  const text = alt !== undefined && alt !== '' ? t('markdown.imageWithAlt', { alt }) : t('markdown.image');
  return <span className="md-image-alt">{text}</span>;
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

/** One Markdown document; memoized so an unchanged block is not parsed again. */
const MarkdownBody = memo(function MarkdownBody({ content }: { content: string }) {
  return (
    <Markdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS} skipHtml urlTransform={defaultUrlTransform}>
      {content}
    </Markdown>
  );
});

export interface SafeMarkdownProps {
  content: string;
  /** While an answer streams, finished blocks are parsed once and only the tail is re-parsed. */
  streaming?: boolean;
}

export const SafeMarkdown = memo(function SafeMarkdown({ content, streaming = false }: SafeMarkdownProps) {
  if (!streaming) {
    return (
      <div className="markdown">
        <MarkdownBody content={content} />
      </div>
    );
  }
  const { stable, tail } = splitStableBlocks(content);
  return (
    <div className="markdown">
      {stable.map((block, index) => (
        // Index keys are right here: blocks are append-only and never reorder.
        <MarkdownBody key={index} content={block} />
      ))}
      <MarkdownBody key="tail" content={tail} />
    </div>
  );
});
