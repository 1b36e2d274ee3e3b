/**
 * MIME types from file names, as TDLib derives them for an uploaded file: the extension of the
 * (cleaned) file name is looked up case-insensitively in a table generated from
 * tdutils/generate/mime_types.txt (`MimeType::from_extension`, used by
 * td/telegram/MessageContent.cpp `create_input_message_content`). The table below is ours: a
 * subset of that list's facts covering the common image, video, audio, document, archive, text and
 * font extensions. Where the list maps an extension to both an `x-` type and a standard one, the
 * standard one wins (generate_mime_types_gperf.cpp), e.g. `woff` → `font/woff`.
 */

const TYPES: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/bmp': ['bmp'],
  'image/tiff': ['tif', 'tiff'],
  'image/svg+xml': ['svg', 'svgz'],
  'image/x-icon': ['ico'],
  'image/heic': ['heic'],
  'image/heif': ['heif'],
  'image/vnd.adobe.photoshop': ['psd'],
  'video/mp4': ['mp4', 'mp4v', 'mpg4'],
  'video/x-m4v': ['m4v'],
  'video/quicktime': ['mov', 'qt'],
  'video/x-msvideo': ['avi'],
  'video/x-matroska': ['mkv'],
  'video/webm': ['webm'],
  'video/3gpp': ['3gp'],
  'video/3gpp2': ['3g2'],
  'video/mpeg': ['mpeg', 'mpg', 'mpe'],
  'video/x-flv': ['flv'],
  'video/x-ms-wmv': ['wmv'],
  'audio/mpeg': ['mp3', 'mpga', 'mp2'],
  'audio/ogg': ['ogg', 'oga', 'opus', 'spx'],
  'audio/x-wav': ['wav'],
  'audio/x-flac': ['flac'],
  'audio/mp4': ['m4a'],
  'audio/x-aac': ['aac'],
  'audio/midi': ['mid', 'midi', 'kar'],
  'audio/webm': ['weba'],
  'audio/x-ms-wma': ['wma'],
  'application/pdf': ['pdf'],
  'application/json': ['json'],
  'application/xml': ['xml', 'xsl'],
  'application/javascript': ['js'],
  'application/zip': ['zip'],
  'application/x-rar-compressed': ['rar'],
  'application/x-7z-compressed': ['7z'],
  'application/x-tar': ['tar'],
  'application/x-bzip2': ['bz2'],
  'application/x-xz': ['xz'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/rtf': ['rtf'],
  'application/epub+zip': ['epub'],
  'application/vnd.android.package-archive': ['apk'],
  'application/x-msdownload': ['exe'],
  'application/java-archive': ['jar'],
  'application/x-sh': ['sh'],
  'application/x-sql': ['sql'],
  'application/x-bittorrent': ['torrent'],
  'application/postscript': ['ai', 'eps'],
  'application/x-tgsticker': ['tgs'],
  'text/plain': ['txt', 'text', 'log', 'conf'],
  'text/html': ['html', 'htm'],
  'text/css': ['css'],
  'text/csv': ['csv'],
  'text/tab-separated-values': ['tsv'],
  'text/calendar': ['ics'],
  'text/x-vcard': ['vcf'],
  'text/x-c': ['c', 'cpp', 'h'],
  'text/x-java-source': ['java'],
  'message/rfc822': ['eml'],
  'font/woff': ['woff'],
  'font/woff2': ['woff2'],
  'font/ttf': ['ttf'],
  'font/otf': ['otf'],
};

const BY_EXTENSION = new Map<string, string>();
for (const [type, extensions] of Object.entries(TYPES))
  for (const extension of extensions) BY_EXTENSION.set(extension, type);

/** Every extension the table knows, for tests and documentation. @internal */
export const KNOWN_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

/**
 * The extension of a file name as TDLib's `PathView::extension` sees it: the text after the last
 * `.` of the last path component, where a dot that starts the name does not count (`.bashrc` has
 * none) and a trailing dot gives an empty extension.
 * @internal
 */
export function extensionOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

/** The MIME type of an extension (any case), `''` when the table does not know it. @internal */
export function mimeTypeFromExtension(extension: string): string {
  return BY_EXTENSION.get(extension.toLowerCase()) ?? '';
}

/**
 * The MIME type TDLib gives an uploaded file, from its name's extension; `''` for an unknown or
 * missing extension. TDLib sends that empty type to Telegram; what Telegram then reports
 * (commonly `application/octet-stream`) comes from its own servers and is not in the source.
 * @internal
 */
export function mimeTypeFromFileName(fileName: string): string {
  return mimeTypeFromExtension(extensionOf(fileName));
}

const UNSAFE_ASCII = new Set('<>:"/\\|?*&`\'');

/**
 * The name an uploaded file keeps: the Bot API server saves each multipart file under
 * `clean_filename(filename)` (tdnet/td/net/HttpReader.cpp `try_open_temp_file`,
 * tdutils/td/utils/filesystem.cpp `clean_filename`), and TDLib later reads the document's
 * `file_name` and extension from that path. The stem keeps at most 64 and the extension 16
 * characters; control characters and `<>:"/\|?*&`'` become spaces (Unicode symbols too, while
 * combining marks are dropped: an approximation of TDLib's `prepare_search_character`); leading
 * spaces/dots and trailing spaces/dots of each part go. An empty result becomes `file`.
 * @internal
 */
export function cleanFileName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = cleanPart(dot > 0 ? base.slice(0, dot) : base, 64);
  const extension = dot > 0 ? cleanPart(base.slice(dot + 1), 16) : '';
  const name = extension === '' ? stem : stem === '' ? extension : `${stem}.${extension}`;
  return name === '' ? 'file' : name;
}

function cleanPart(part: string, maxLength: number): string {
  let out = '';
  let count = 0;
  for (const char of part) {
    if (count >= maxLength) break;
    const code = char.codePointAt(0)!;
    let kept = char;
    const allowed = code >= 32 && (code < 127 ? !UNSAFE_ASCII.has(char) : /[\p{L}\p{N}]/u.test(char));
    if (!allowed) {
      if (/\p{M}/u.test(char)) continue;
      kept = ' ';
    }
    if (out === '' && (kept === ' ' || kept === '.')) continue;
    out += kept;
    count++;
  }
  return out.replace(/[ .]+$/, '');
}
