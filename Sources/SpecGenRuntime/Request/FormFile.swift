import Foundation

/// A file sent in a `multipart/form-data` body (`type: file` parameters): its bytes, the file name
/// the part carries, and its media type.
public struct FormFile: Hashable, Sendable {
    public var data: Data
    /// The part's `filename`; nil sends the field's name (as a browser sends a blob).
    public var fileName: String?
    public var contentType: String

    public init(_ data: Data, fileName: String? = nil, contentType: String = "application/octet-stream") {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
    }
}
