/** The readable text of a message as the SMTP sink received it (single part or multipart; base64 or quoted-printable). */
export function mailText(raw: string): string {
  const split = (s: string) => {
    const i = s.search(/\r?\n\r?\n/);
    return i < 0 ? { head: s, body: '' } : { head: s.slice(0, i), body: s.slice(i).replace(/^\r?\n\r?\n/, '') };
  };
  const header = (head: string, name: string) => new RegExp(`^${name}:\\s*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(head)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '';
  const decode = (head: string, body: string): string => {
    const type = header(head, 'content-type');
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary)
      return body
        .split(`--${boundary}`)
        .slice(1)
        .filter((p) => !p.startsWith('--'))
        .map((p) => {
          const part = split(p.replace(/^\r?\n/, ''));
          return /text\/plain/i.test(header(part.head, 'content-type')) ? decode(part.head, part.body) : '';
        })
        .join('\n');
    const encoding = header(head, 'content-transfer-encoding').toLowerCase();
    if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable')
      return Buffer.from(
        body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
    return body;
  };
  const { head, body } = split(raw);
  return decode(head, body);
}

/** The decoded Subject header. */
export function mailSubject(raw: string): string {
  const m = /^subject:\s*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(raw)?.[1] ?? '';
  return m.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}
