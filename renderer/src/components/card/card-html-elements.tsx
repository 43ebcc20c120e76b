// Sanitized card HTML → React elements, never through innerHTML: the hast tree the shared sanitizer
// returns is turned into elements by hast-util-to-jsx-runtime, with media given the app's own widgets.
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { sanitizeCardTree } from '../../../../preload/contract/card-html';
import { useTranslation } from '../../i18n';
import { AudioButton } from './AudioButton';

type ImgProps = { src?: string; alt?: string; width?: number | string; height?: number | string; style?: object };

function CardImage({ src, alt, width, height, style }: ImgProps) {
  const { t } = useTranslation('cards');
  return (
    <img
      src={src}
      // Anki fields almost never carry alt text; a screen reader still learns that the card shows a picture.
      alt={alt !== undefined && alt.trim() !== '' ? alt : t('media.imageAlt')}
      width={width}
      height={height}
      style={style}
      draggable={false}
      className="card-image"
    />
  );
}

function CardAudio({ src }: { src?: string }) {
  return src === undefined ? null : <AudioButton src={src} />;
}

const COMPONENTS: Partial<Components> = {
  img: CardImage,
  audio: CardAudio,
};

/** React elements for a tree that sanitizeCardTree produced (style strings become style objects). */
export function elementsOfTree(tree: Root): ReactElement {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: COMPONENTS,
    // The sanitizer already reduced styles to a few plain declarations; anything unparsable is dropped.
    ignoreInvalidStyle: true,
    passKeys: true,
  });
}

/** Field HTML (as stored: already sanitized on import) sanitized again and turned into elements. */
export function elementsOfCardHtml(html: string): ReactElement {
  return elementsOfTree(sanitizeCardTree(html).tree);
}
