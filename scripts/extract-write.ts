/**
 * How `npm run extract` puts data/reports/<id>/ in place without ever leaving half a report.
 *
 * The new folder is written in full as a hidden sibling (.<id>.new-…), then swapped in by renames:
 * with no old folder, one rename; over an old one (--force), the old folder is renamed aside
 * (.<id>.old-…), the new one into its place, and the old one deleted. A rename moves no data, so a
 * full disk strikes while the new folder is written, before the old report is touched; if the
 * second rename fails, the first is undone. Renaming the two files one by one instead would leave a
 * new source.txt beside an old report.json if the run stopped between them. Node cannot swap two
 * folders in one step (renameat2), so a crash between the two renames leaves the old report whole
 * under .<id>.old-…, which the build then names.
 */
import fs from "node:fs";
import path from "node:path";

/** The file-system calls the write makes, passed in so a test can make any one of them fail. */
export type FolderFs = Pick<typeof fs, "mkdirSync" | "writeFileSync" | "existsSync" | "readdirSync" | "cpSync" | "renameSync" | "rmSync">;

/** An IO failure, naming the final file or folder it concerned (never a temporary name). */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly error: unknown,
    /** where the previous report is, when a failed swap could not put it back */
    readonly kept?: string,
  ) {
    super(`${file}: ${ioProblem(error)}`);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "磁盘空间已满",
  EDQUOT: "超出磁盘配额",
  EACCES: "没有权限",
  EPERM: "没有权限，或文件正被其他程序占用",
  EROFS: "所在磁盘是只读的",
  EBUSY: "文件正被其他程序占用",
  EIO: "磁盘读写出错",
  EMFILE: "同时打开的文件过多",
  ENFILE: "同时打开的文件过多",
  ENAMETOOLONG: "路径过长",
  ENOTDIR: "路径中有一段不是文件夹",
  ENOENT: "路径不存在",
  ENOTEMPTY: "文件夹不是空的",
  EEXIST: "已存在同名文件",
};

/** A system error in Chinese, with its code for a search: "磁盘空间已满（ENOSPC）". */
export function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return `${REASONS[code] ?? "系统错误"}（${code}）`;
}

function step<T>(about: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(about, error);
  }
}

/**
 * Replaces folder `dir` by one holding `files` (name → text), all or nothing; anything else the old
 * folder held is carried over. Throws a WriteError, leaving the old folder as it was and no temporary
 * folder behind. `leftover` names the old folder when it could not be deleted after the swap.
 */
export function replaceFolder(dir: string, files: Record<string, string>, io: FolderFs = fs): { leftover?: string } {
  const parent = path.dirname(dir);
  const name = path.basename(dir);
  // Not mkdtemp: its folders are private (0700), and this one becomes the report folder.
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const fresh = path.join(parent, `.${name}.new-${tag}`);
  const backup = path.join(parent, `.${name}.old-${tag}`);
  step(dir, () => {
    io.mkdirSync(parent, { recursive: true });
    io.mkdirSync(fresh);
  });
  try {
    for (const [file, text] of Object.entries(files)) {
      step(path.join(dir, file), () => io.writeFileSync(path.join(fresh, file), text, { flush: true }));
    }
    if (!io.existsSync(dir)) {
      step(dir, () => io.renameSync(fresh, dir));
      return {};
    }
    for (const entry of step(dir, () => io.readdirSync(dir))) {
      if (Object.hasOwn(files, entry)) continue;
      const from = path.join(dir, entry);
      step(from, () => io.cpSync(from, path.join(fresh, entry), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true }));
    }
    step(dir, () => io.renameSync(dir, backup));
    try {
      io.renameSync(fresh, dir);
    } catch (error) {
      let kept: string | undefined;
      try {
        io.renameSync(backup, dir);
      } catch {
        kept = backup;
      }
      throw new WriteError(dir, error, kept);
    }
  } catch (error) {
    try {
      io.rmSync(fresh, { recursive: true, force: true });
    } catch {
      // The error that stopped the write is the one to report; the build names a .new- folder left behind.
    }
    throw error;
  }
  try {
    io.rmSync(backup, { recursive: true, force: true });
    return {};
  } catch {
    return { leftover: backup };
  }
}
