/**
 * Bytes of a text file to a string: UTF-8 (with or without BOM), UTF-16 with
 * BOM (Notepad's “Unicode”), or a Chinese legacy encoding (GB18030, which
 * contains GBK and GB2312; Big5) as Chinese Windows saves by default. The
 * legacy encoding is detected with chardet and decoded with iconv-lite.
 *
 *   decodeText(iconv.encode('一、总则', 'gbk')) → { text: '一、总则', encoding: 'GB18030' }
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';

export interface Decoded {
  text: string;
  /** The encoding found, as the summary reports it. */
  encoding: string;
}

const CHINESE = new Set(['GB18030', 'Big5']);

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)) ?? '', encoding: 'UTF-8（带 BOM）' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'UTF-8' };
  // Short GBK text can also look like EUC-JP or EUC-KR; among the matches, the documents here are Chinese.
  const match = chardet.analyse(Buffer.from(bytes)).find((m) => CHINESE.has(m.name) && m.confidence >= 10);
  if (!match) {
    throw new ImportError('无法识别这个文本文件的编码（不是 UTF-8，也不像 GBK/GB18030 或 Big5）', '用记事本或 WPS 打开，另存为“UTF-8”编码的 .txt 后再导入');
  }
  return { text: iconv.decode(Buffer.from(bytes), match.name), encoding: match.name === 'GB18030' ? 'GB18030（GBK）' : match.name };
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
