import { describe, expect, it } from 'vitest';
import { cleanFileName, extensionOf, KNOWN_EXTENSIONS, mimeTypeFromFileName } from './mime.js';

// tdutils/td/utils/MimeType.cpp `MimeType::from_extension` over tdutils/generate/mime_types.txt
// (generate_mime_types_gperf.cpp: case-insensitive, standard type preferred over x-);
// td/telegram/MessageContent.cpp `create_input_message_content`; tdutils/td/utils/PathView.cpp.
describe('mimeTypeFromFileName', () => {
  it.each([
    ['photo.jpg', 'image/jpeg'],
    ['PHOTO.JPEG', 'image/jpeg'],
    ['a.png', 'image/png'],
    ['a.gif', 'image/gif'],
    ['a.webp', 'image/webp'],
    ['a.heic', 'image/heic'],
    ['clip.mp4', 'video/mp4'],
    ['clip.MOV', 'video/quicktime'],
    ['clip.mkv', 'video/x-matroska'],
    ['clip.webm', 'video/webm'],
    ['song.mp3', 'audio/mpeg'],
    ['voice.ogg', 'audio/ogg'],
    ['voice.oga', 'audio/ogg'],
    ['voice.opus', 'audio/ogg'],
    ['song.m4a', 'audio/mp4'],
    ['song.flac', 'audio/x-flac'],
    ['song.wav', 'audio/x-wav'],
    ['doc.pdf', 'application/pdf'],
    ['notes.txt', 'text/plain'],
    ['data.json', 'application/json'],
    ['data.csv', 'text/csv'],
    ['page.html', 'text/html'],
    ['a.zip', 'application/zip'],
    ['a.rar', 'application/x-rar-compressed'],
    ['a.7z', 'application/x-7z-compressed'],
    ['a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['sticker.tgs', 'application/x-tgsticker'],
    ['font.woff', 'font/woff'],
    ['font.ttf', 'font/ttf'],
    ['archive.tar.gz', ''],
    ['README', ''],
    ['.bashrc', ''],
    ['file.', ''],
    ['dir.v1/file', ''],
    ['dir/file.PDF', 'application/pdf'],
    ['dir\\file.png', 'image/png'],
    ['unknown.xyz', ''],
  ])('%j is %j', (name, type) => {
    expect(mimeTypeFromFileName(name)).toBe(type);
  });

  it('every known extension maps to a type with a slash (PathView extension lookup)', () => {
    for (const extension of KNOWN_EXTENSIONS)
      expect(mimeTypeFromFileName(`f.${extension}`)).toMatch(/^[a-z]+\/[\w.+-]+$/);
    expect(KNOWN_EXTENSIONS.length).toBeGreaterThan(80);
  });

  it.each([
    ['a.b.c', 'c'],
    ['.hidden', ''],
    ['x/.hidden', ''],
    ['x/.a.b', 'b'],
    ['noext', ''],
  ])('extensionOf(%j) is %j (PathView.cpp PathView)', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});

describe('cleanFileName (filesystem.cpp clean_filename, HttpReader.cpp try_open_temp_file)', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['my report?.pdf', 'my report.pdf'],
    ['a<b>c.txt', 'a b c.txt'],
    ['  .lead.txt', 'lead.txt'],
    ['trail. .txt', 'trail.txt'],
    ['/etc/passwd', 'passwd'],
    ['C:\\dir\\photo.jpg', 'photo.jpg'],
    ['???', 'file'],
    ['', 'file'],
    ['.bashrc', 'bashrc'],
    ['фото.jpg', 'фото.jpg'],
    [`${'n'.repeat(70)}.${'e'.repeat(20)}`, `${'n'.repeat(64)}.${'e'.repeat(16)}`],
  ])('%j is saved as %j', (name, cleaned) => {
    expect(cleanFileName(name)).toBe(cleaned);
  });
});
