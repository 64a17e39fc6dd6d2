/// Percent-encoding of path and query values as the Azure SDKs do it: everything but the RFC 3986
/// unreserved characters (letters, digits, `-` `.` `_` `~`) is escaped, `/` and space included.
public enum PercentEncoding {
    public static func encode(_ value: String) -> String {
        var encoded: [UInt8] = []
        append(value, to: &encoded)
        return String(decoding: encoded, as: UTF8.self)
    }

    /// Appends `value`, encoded, to `output`: request builders write straight into the request target.
    public static func append(_ value: String, to output: inout [UInt8]) {
        // Most values (names, GUIDs, versions) need no escaping at all; scanning the contiguous
        // bytes is several times cheaper than walking the UTF-8 view.
        let clean = value.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: { !isUnreserved($0) }) }
            ?? !value.utf8.contains(where: { !isUnreserved($0) })
        guard !clean else {
            output.append(contentsOf: value.utf8)
            return
        }
        output.reserveCapacity(output.count + value.utf8.count * 3)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            }
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E: return true
        default: return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x37 + nibble
    }
}
