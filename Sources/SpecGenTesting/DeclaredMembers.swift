import Foundation
import SpecGenRuntime

/// Which members of an example's JSON the contract declares. Learned from the generated type
/// itself: the JSON is decoded once more through `MemberRecordingDecoder`, and every member the
/// type reads is declared. Real examples often carry members the contract lacks (the service grew
/// before the contract did); those are reported, not compared.
struct DeclaredMembers {
    /// A member's place in the JSON: object keys, and array indexes as decimal text.
    typealias Path = [String]

    /// Members the type read (or, for dictionaries, listed).
    private(set) var read: Set<Path> = []
    /// Values read as free-form JSON (`JSONValue`): everything below them is declared.
    private(set) var freeForm: Set<Path> = []

    /// Every member counts as declared: nothing is left out of a comparison.
    static let everything = DeclaredMembers(freeForm: [[]])

    /// The members `type` declares in `json`; every member when `json` does not decode as `type`.
    static func of<T: Decodable>(_ json: JSONValue, as type: T.Type) -> DeclaredMembers {
        guard let data = try? JSONCoding.encode(json),
              let recorded = try? JSONCoding.decode(Recorded<T>.self, from: data) else { return .everything }
        return recorded.members
    }

    func contains(_ path: Path) -> Bool {
        if read.contains(path) { return true }
        return (0...path.count).contains { freeForm.contains(Array(path.prefix($0))) }
    }

    mutating func noteRead(_ path: Path) { read.insert(path) }
    mutating func noteFreeForm(_ path: Path) { freeForm.insert(path) }
}

/// Decodes a `T` through a recording decoder and keeps what it read.
private struct Recorded<T: Decodable>: Decodable {
    let members: DeclaredMembers

    init(from decoder: Decoder) throws {
        let log = MemberLog()
        _ = try MemberRecordingDecoder(inner: decoder, path: [], log: log).singleValueContainer().decode(T.self)
        members = log.members
    }
}
