/// Where something is in the input: a file with line and column, or a JSON pointer.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    /// JSON pointer inside the file (`#/definitions/Server`), for when a position helps less.
    public let pointer: String

    public init(file: String, line: Int, column: Int, pointer: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : "\(file)#\(pointer)"
    }
}

/// One message about the input, printed as `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let location: SourceLocation?
    public let message: String

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity: .error, location: location, message: message)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, message: message)
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

/// Collects warnings while a stage goes on; errors are thrown as `Diagnostic`.
public final class DiagnosticLog {
    public private(set) var warnings: [Diagnostic] = []

    public init() {}

    func warn(_ message: String, at location: SourceLocation?) {
        let warning = Diagnostic.warning(message, at: location)
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
