extension ContractComparer {
    /// 1023 TypeFormatChanged: `format` differs. Widening (int32 → int64) is safe in what clients
    /// send, narrowing in what they read; anything else breaks.
    mutating func checkFormat(_ schema: Compared<Schema>, _ direction: Direction) {
        let format = schema.map(\.format)
        guard format.old != format.new else { return }
        let safe = switch (format.old, format.new, direction) {
        case ("int32", "int64", .request), ("int64", "int32", .response): true
        default: false
        }
        report(.typeFormatChanged, schema.location, Self.changed("format", format), severity: safe ? .nonBreaking : .breaking)
    }
}
