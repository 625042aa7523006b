/** Unreadable input: the message (zh-CN) becomes documents.message. */
export class FormatError extends Error {
  override name = 'FormatError';
}

/** An OLE file with an open password (Word/Excel 97–2003 encryption, or an encrypted .docx/.xlsx). */
export const ENCRYPTED_MESSAGE = '文件设有打开密码（已加密），无法读取，请去除密码后另存再导入';
