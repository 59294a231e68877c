import { validationContextOf } from "../../domain/run/checkContext";
import type { ValidationContext } from "../../domain/validation/validationContext";
import { checkIncomingFile } from "../../workbook/xlsx/readIncomingFile";
import type { FileToCheck, ReadReply, ReadRequest } from "./readProtocol";

async function answer(request: FileToCheck, context: ValidationContext | undefined): Promise<ReadReply> {
  const { index, name, lastModified, bytes } = request;
  if (!context) return { index, error: `${name}: no check context was sent before the file.` };
  try {
    // The page sent only files its size did not refuse; the intake checks the size again, as it does for any file.
    const file = { name, lastModified, size: bytes.byteLength, arrayBuffer: async () => bytes };
    return { index, checked: await checkIncomingFile(file, context) };
  } catch (error) {
    return { index, error: `${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * A reader thread's message handler: keeps the check context it is sent, then reads and checks each file it is
 * sent, one at a time in the order sent, and posts one reply per file. Returns when the request is dealt with.
 */
export function serveReads(post: (reply: ReadReply) => void): (request: ReadRequest) => Promise<void> {
  let context: ValidationContext | undefined;
  let queue = Promise.resolve();
  return (request) => {
    queue = queue.then(async () => {
      if (request.kind === "context") context = validationContextOf(request.context);
      else post(await answer(request, context));
    });
    return queue;
  };
}
