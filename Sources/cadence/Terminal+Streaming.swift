import Foundation

extension Terminal {
    /// Writes to stdout without a newline, unbuffered, for text streamed as it arrives.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Reads one line from standard input; on a terminal, prompts on stderr and turns echo off
    /// while the line is typed (for secrets).
    static func readSecretLine(prompt: String) -> String? {
        guard isInteractive else { return readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
