/// A model's extensible-enum members, read and written as the strings they are. Through the
/// generic `read` and `write` (protocol requirements, which Swift picks over more specific
/// extension methods in generic code, hence the labels), every file holding such a member
/// fetched the enum's `Decodable` and `Encodable` witness tables with functions of its own.
extension JSONMemberReader {
    public mutating func read<Tag>(extensible type: ExtensibleEnum<Tag>.Type, forKey key: String) throws -> ExtensibleEnum<Tag> {
        ExtensibleEnum(rawValue: try read(String.self, forKey: key))
    }

    public mutating func readIfPresent<Tag>(extensible type: ExtensibleEnum<Tag>.Type, forKey key: String) throws -> ExtensibleEnum<Tag>? {
        guard let rawValue = try readIfPresent(String.self, forKey: key) else { return nil }
        return ExtensibleEnum(rawValue: rawValue)
    }
}

extension JSONMemberWriter {
    public mutating func write<Tag>(extensible value: ExtensibleEnum<Tag>, forKey key: String) throws {
        try write(value.rawValue, forKey: key)
    }
}
