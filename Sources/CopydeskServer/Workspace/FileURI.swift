/// `file://` URIs and paths. Only `file` URIs name files on disk; other schemes (untitled:, …) are
/// documents that exist only in the editor.
public enum FileURI {
    /// `file:///a/b%20c.md` → `/a/b c.md`; nil for other schemes.
    public static func path(_ uri: String) -> String? {
        if let plain = plainPath(uri) { return plain }
        return decodedPath(uri)
    }

    /// The common case without building anything: `file:///` then a path with no `%`, `?` or
    /// `#`, and no `:` in its first segment (a Windows drive). The path is the rest of the URI as it is,
    /// exactly what `decodedPath` makes of it.
    static func plainPath(_ uri: String) -> String? {
        let utf8 = uri.utf8
        let prefix: StaticString = "file:///"
        guard utf8.count > prefix.utf8CodeUnitCount else { return nil }
        var i = utf8.startIndex
        for k in 0..<prefix.utf8CodeUnitCount {
            guard utf8[i] == prefix.utf8Start[k] else { return nil }
            i = utf8.index(after: i)
        }
        var firstSegment = true
        for b in utf8[i...] {
            if b == UInt8(ascii: "%") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") { return nil }
            if b == UInt8(ascii: "/") { firstSegment = false }
            if b == UInt8(ascii: ":") && firstSegment { return nil }  // maybe /c:/…
        }
        return String(uri.utf8.dropFirst(7))
    }

    /// `path(_:)` for any URI: scheme in any case, a localhost host, percent-encoding, a query or
    /// fragment, Windows drives.
    static func decodedPath(_ uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = uri.dropFirst(7)
        // file://host/path: only an empty host or localhost is local.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let host = rest[..<slash].lowercased()
            guard host == "localhost" else { return nil }
            rest = rest[slash...]
        }
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<q] }
        guard let decoded = percentDecode(String(rest)) else { return nil }
        // Windows drive paths: /c:/x → c:/x
        if decoded.count >= 3, decoded.hasPrefix("/"), decoded.dropFirst().first?.isLetter == true,
            decoded.dropFirst(2).first == ":"
        {
            return String(decoded.dropFirst())
        }
        return decoded
    }

    /// `/a/b c.md` → `file:///a/b%20c.md`
    public static func uri(path: String) -> String {
        // Bytes first, one String at the end: every file of a workspace goes through here.
        var out = Array("file://".utf8)
        out.reserveCapacity(path.utf8.count + 16)
        if !path.hasPrefix("/") { out.append(UInt8(ascii: "/")) }
        let digits: StaticString = "0123456789ABCDEF"
        for byte in path.utf8 {
            if isUnreserved(byte) || byte == UInt8(ascii: "/") {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(digits.utf8Start[Int(byte >> 4)])
                out.append(digits.utf8Start[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A canonical form for comparing URIs from different clients (percent-encoding differs).
    public static func canonical(_ uri: String) -> String {
        if let p = path(uri) { return FileURI.uri(path: p) }
        return uri
    }

    static func isUnreserved(_ b: UInt8) -> Bool {
        Bytes_isAlnum(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    static func percentDecode(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let b = utf8.first {
            utf8 = utf8.dropFirst()
            if b == UInt8(ascii: "%") {
                guard utf8.count >= 2, let hi = hexValue(utf8[utf8.startIndex]), let lo = hexValue(utf8[utf8.startIndex + 1]) else {
                    bytes.append(b)
                    continue
                }
                bytes.append(hi << 4 | lo)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}

@inline(__always) func Bytes_isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
}
