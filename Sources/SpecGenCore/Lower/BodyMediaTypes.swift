/// Which encodings an operation's body may take, from the media types it consumes, and which of
/// them one Swift value can be written in. A model is JSON or XML; a `String` is JSON or plain
/// text; `Data` is any media type, sent as it is. Media types the body's type cannot be written in
/// (a PDF beside a JSON model) go to a second method that takes the bytes.
enum BodyMediaTypes {
    /// What a media type asks of a body.
    static func kind(of mediaType: String) -> BodyMediaKind {
        let essence = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if essence == "application/x-www-form-urlencoded" || essence.hasPrefix("multipart/") { return .form }
        if essence.hasSuffix("/json") || essence.hasSuffix("+json") { return .json }
        if essence.hasSuffix("/xml") || essence.hasSuffix("+xml") { return .xml }
        if essence.hasPrefix("text/") { return .text }
        return .bytes
    }

    /// The type of a binary body a caller may stream: the runtime's `RequestBody` (bytes, a file,
    /// or chunks). Named like an alias so that no declaration, model check or example decoding of
    /// the module's own types applies to it.
    static let streamedBodyType = SwiftType.named("RequestBody", kind: .alias)

    /// The type of a form's `type: file` parameter: the runtime's `FormFile` (bytes, file name,
    /// media type), named like `streamedBodyType` for the same reason.
    static let formFileType = SwiftType.named("FormFile", kind: .alias)

    /// The kinds a body of `type` (seen through aliases) can be written in.
    static func kinds(carriedBy type: SwiftType) -> Set<BodyMediaKind> {
        switch type {
        case .binary, streamedBodyType: return [.json, .xml, .text, .bytes]
        case .string: return [.json, .text]
        case .json: return [.json]
        default: return [.json, .xml]
        }
    }

    /// The consumed media types, each with the enum case a caller names it by.
    static func choices(_ consumes: [String]) -> [BodyMediaType] {
        var namer = UniqueNamer()
        var seen = Set<String>()
        return consumes.filter { seen.insert($0).inserted }.map {
            BodyMediaType(mediaType: $0, kind: kind(of: $0), caseName: namer.claim(Naming.memberName($0)))
        }
    }

    /// Splits the consumed media types between the body's own type and raw bytes.
    /// `typed` is never empty: a contract that consumes nothing the type can carry keeps JSON.
    static func split(consumes: [String], bodyType: SwiftType) -> (typed: [BodyMediaType], bytes: [BodyMediaType]) {
        let all = choices(consumes).filter { $0.kind != .form }
        let carried = kinds(carriedBy: bodyType)
        var typed = all.filter { carried.contains($0.kind) }
        let bytes = all.filter { !carried.contains($0.kind) }
        if typed.isEmpty { typed = choices(["application/json"]) }
        return (typed, bytes)
    }

    /// How a response body of `type` is read, from the media types the operation produces: JSON
    /// when it may be JSON (or nothing is said), else XML, else text for a `String`.
    static func responseKind(produces: [String], bodyType: SwiftType) -> BodyMediaKind {
        if bodyType == .binary { return .bytes }
        let kinds = Set(produces.map(kind(of:)))
        if kinds.isEmpty || kinds.contains(.json) { return .json }
        if kinds.contains(.xml), bodyType != .string || !kinds.contains(.text) { return .xml }
        if kinds.contains(.text), bodyType == .string { return .text }
        return .json
    }
}
