/** The bytes of a file to upload with `inputFile(data, name)`. */
export type InputFileData = Blob | Uint8Array | ReadableStream<Uint8Array>;

/**
 * A file to upload, with the name Telegram shows for it. Build one with `inputFile(data, name)`,
 * for bytes and streams, which carry no name of their own.
 */
export interface InputFile {
  /** The bytes. A stream is read once, when the request is built. */
  readonly data: InputFileData;
  /** The file name sent with the part, e.g. `report.pdf`. */
  readonly filename: string;
  /** The part's content type. */
  readonly contentType: string;
}

/**
 * What a file parameter accepts besides a `file_id` or URL string:
 * - a web-standard `File`, sent with its own name and type;
 * - a `Blob`, sent with its own type and the parameter's name as file name (`document`,
 *   `photo`, `media`, …): pass a `File` or use `inputFile` to choose the name;
 * - an {@link InputFile} from `inputFile(data, name)`, for bytes and streams.
 *
 * A parameter that holds one is sent as `multipart/form-data`; inside nested objects
 * (`InputMedia*`, stickers) it goes as an `attach://` part.
 */
export type Upload = InputFile | Blob;
