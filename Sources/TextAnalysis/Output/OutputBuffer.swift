/// The bytes a ``JSONWriter`` has written: a pointer, a count and a capacity.
///
/// The writer appends a few bytes at a time, about a million times per megabyte of news.
/// On `[UInt8]` every append also asks the runtime whether the storage is shared (it never
/// is), and a short run goes through the generic `append(contentsOf:)` (about 90
/// instructions); here an append is a capacity check and a store. Owning its storage alone
/// (`~Copyable`, freed in `deinit`) is what makes skipping the check safe. This file is the
/// only unsafe memory code of this module outside the PCRE2 wrapper: no pointer leaves it.
struct OutputBuffer: ~Copyable, @unchecked Sendable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// A copy of the bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ first: UInt8, _ second: UInt8) {
        if count + 2 > capacity { grow(toHold: count + 2) }
        storage[count] = first
        storage[count + 1] = second
        count += 2
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, run.count > 0 else { return }
        let length = run.count
        if count + length > capacity { grow(toHold: count + length) }
        let target = UnsafeMutableRawPointer(storage + count), bytes = UnsafeRawPointer(source)
        // Keys, labels and numbers are short: two overlapping word moves instead of a call
        // into memmove (half a million calls per megabyte of news), never reading outside the run.
        if length >= 8 && length <= 16 {
            let head = bytes.loadUnaligned(as: UInt64.self), tail = bytes.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 && length < 8 {
            let head = bytes.loadUnaligned(as: UInt32.self), tail = bytes.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        } else if length < 4 {
            for offset in 0..<length { storage[count &+ offset] = source[offset] }
        } else {
            (storage + count).update(from: source, count: length)
        }
        count += length
    }

    /// `value` in decimal, zero-padded on the left to at least `minimumDigits` digits, written
    /// in place with one capacity check: the digits are counted by comparisons (offsets have
    /// one to five), then stored two at a time from the last, from a table of the hundred pairs
    /// (a division by 100 and one two-byte store instead of a division and a store per digit).
    mutating func appendDigits(_ value: UInt64, minimumDigits: Int = 1) {
        let digits = max(Self.digitCount(value), minimumDigits)
        if count + digits > capacity { grow(toHold: count + digits) }
        writeDigits(value, digits: digits)
    }

    /// The digits of `value`, zero-padded to `digits`, with the room already made.
    @inline(__always)
    private mutating func writeDigits(_ value: UInt64, digits: Int) {
        let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
        var remaining = value
        var position = count &+ digits
        while remaining >= 100 {
            let quotient = remaining / 100
            let pair = Int(truncatingIfNeeded: remaining &- quotient &* 100)
            position &-= 2
            UnsafeMutableRawPointer(storage + position).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 &* pair, as: UInt16.self), as: UInt16.self)
            remaining = quotient
        }
        if remaining >= 10 {
            position &-= 2
            UnsafeMutableRawPointer(storage + position).storeBytes(
                of: pairs.loadUnaligned(fromByteOffset: 2 &* Int(truncatingIfNeeded: remaining), as: UInt16.self), as: UInt16.self)
        } else {
            position &-= 1
            storage[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining)
        }
        while position > count {
            position &-= 1
            storage[position] = UInt8(ascii: "0")
        }
        count &+= digits
    }

    /// `,"start":1,"end":4,"byte_start":1,"byte_end":4` (the comma when `comma`), the compact
    /// form of every annotation's offsets: one capacity check for all of it, where four keys
    /// and four numbers written apart cost about 690 instructions.
    mutating func appendOffsetMembers(comma: Bool, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        // A comma, 41 bytes of keys, four numbers of at most 20 digits.
        if count &+ 122 > capacity { grow(toHold: count &+ 122) }
        if comma {
            storage[count] = UInt8(ascii: ",")
            count &+= 1
        }
        writeLiteral(#""start":"#)
        let startDigits = count
        writeDigits(UInt64(truncatingIfNeeded: start), digits: Self.digitCount(UInt64(truncatingIfNeeded: start)))
        writeLiteral(#","end":"#)
        let endDigits = count
        writeDigits(UInt64(truncatingIfNeeded: end), digits: Self.digitCount(UInt64(truncatingIfNeeded: end)))
        let endLength = count &- endDigits
        // In ASCII text (most news) byte offsets are the scalar offsets: their digits, just
        // written, are copied, where writing them again cost a division per two digits.
        writeLiteral(#","byte_start":"#)
        if byteStart == start && endDigits &- startDigits <= 16 + 7 {
            copyWritten(from: startDigits, length: endDigits &- startDigits &- 7)
        } else {
            writeDigits(UInt64(truncatingIfNeeded: byteStart), digits: Self.digitCount(UInt64(truncatingIfNeeded: byteStart)))
        }
        writeLiteral(#","byte_end":"#)
        if byteEnd == end && endLength <= 16 {
            copyWritten(from: endDigits, length: endLength)
        } else {
            writeDigits(UInt64(truncatingIfNeeded: byteEnd), digits: Self.digitCount(UInt64(truncatingIfNeeded: byteEnd)))
        }
    }

    /// Appends a copy of the `length` bytes (at most 16) written at `source`, which has at least
    /// 16 bytes written from it and none of them at or after `count`, the room already made for
    /// 16 bytes: two word moves.
    @inline(__always)
    private mutating func copyWritten(from source: Int, length: Int) {
        assert(length <= 16 && source &+ 16 <= count)
        let raw = UnsafeMutableRawPointer(storage)
        let head = raw.loadUnaligned(fromByteOffset: source, as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: source &+ 8, as: UInt64.self)
        raw.storeBytes(of: head, toByteOffset: count, as: UInt64.self)
        raw.storeBytes(of: tail, toByteOffset: count &+ 8, as: UInt64.self)
        count &+= length
    }

    /// A literal of 4 to 16 bytes, with the room already made: two overlapping word moves,
    /// which the constant length of an inlined literal turns into two fixed moves.
    @inline(__always)
    private mutating func writeLiteral(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        assert(literal.hasPointerRepresentation && length >= 4 && length <= 16)
        let source = UnsafeRawPointer(literal.utf8Start), target = UnsafeMutableRawPointer(storage + count)
        if length >= 8 {
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self), toByteOffset: length &- 8, as: UInt64.self)
        } else {
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self), toByteOffset: length &- 4, as: UInt32.self)
        }
        count &+= length
    }

    /// `literal` (4 to 16 bytes, such as `{"plugin":`) with its own capacity check.
    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        if count &+ 16 > capacity { grow(toHold: count &+ 16) }
        writeLiteral(literal)
    }

    /// `units / divisor` as a decimal with `places` decimals (`divisor` is 10^places), such as
    /// `-76.6363`, with one capacity check.
    mutating func appendFixedPoint(_ units: UInt64, divisor: UInt64, places: Int, negative: Bool) {
        let whole = units / divisor, integerDigits = Self.digitCount(whole)
        let total = integerDigits &+ places &+ 2
        if count &+ total > capacity { grow(toHold: count &+ total) }
        if negative {
            storage[count] = UInt8(ascii: "-")
            count &+= 1
        }
        writeDigits(whole, digits: integerDigits)
        storage[count] = UInt8(ascii: ".")
        count &+= 1
        writeDigits(units &- whole &* divisor, digits: places)
    }

    /// "00" through "99": static bytes, so reading them needs no lazy initialization.
    private static var digitPairs: StaticString { "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899" }

    /// Decimal digits of `value`; the short numbers come first.
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1000 { return 3 }
        if value < 10000 { return 4 }
        if value < 100_000 { return 5 }
        if value < 1_000_000 { return 6 }
        var digits = 7
        var power: UInt64 = 10_000_000
        while digits < 20, value >= power {
            digits += 1
            power = power &* 10
        }
        return digits
    }

    /// The two words of a small ASCII String (see ``appendQuotedIfSmall(_:comma:asKey:pretty:)``
    /// for the layout), nil for any other String. Two such Strings are equal exactly when their
    /// words are: ASCII text has one canonical form, and the bytes past the count are zeros.
    @inline(__always)
    static func smallASCIIWords(_ string: String) -> SIMD2<UInt64>? {
        #if arch(x86_64) || arch(arm64)
        let (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
        return high >> 60 == 0xE ? SIMD2(low, high) : nil
        #else
        return nil
        #endif
    }

    /// Writes `"string"` (and `:`, `: ` when pretty, after a key) straight from a small
    /// String's inline bytes, and returns false, writing nothing, for any other String or
    /// one that needs escaping.
    ///
    /// Plugin names, labels, attribute keys and most annotation texts are at most 15 bytes
    /// of UTF-8, which a String keeps inside its own two words: the count in the top byte's
    /// low nibble, the discriminator "immortal, small" (0xA, or 0xE when ASCII) in its high
    /// nibble, the bytes from the lowest address on, zeros after them. Reading the two words
    /// makes the escape test two word tests and the copy two word stores, where going through
    /// `withContiguousStorageIfAvailable` spilled the String and called a closure (about 150
    /// instructions a string). The layout is the standard library's ABI on 64-bit
    /// little-endian targets; elsewhere this returns false. A test compares it with the
    /// general path on random strings.
    @inline(__always)
    mutating func appendQuotedIfSmall(_ string: String, comma: Bool = false, asKey: Bool = false, pretty: Bool = false) -> Bool {
        #if arch(x86_64) || arch(arm64)
        let (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
        return appendQuotedIfSmall(words: low, high, comma: comma, asKey: asKey, pretty: pretty)
        #else
        return false
        #endif
    }

    /// ``appendQuotedIfSmall(_:comma:asKey:pretty:)`` for a String given as its two words,
    /// read from where it is stored (see ``JSONWriter/members(_:)``).
    @inline(__always)
    mutating func appendQuotedIfSmall(words low: UInt64, _ high: UInt64, comma: Bool = false, asKey: Bool = false, pretty: Bool = false) -> Bool {
        #if arch(x86_64) || arch(arm64)
        guard (high >> 60) | 0x4 == 0xE else { return false }
        let length = Int(truncatingIfNeeded: (high >> 56) & 0xF)
        let lowValid: UInt64 = length >= 8 ? ~0 : ~(~0 &<< UInt64(truncatingIfNeeded: length &* 8))
        let highValid: UInt64 = length <= 8 ? 0 : ~(~0 &<< UInt64(truncatingIfNeeded: (length &- 8) &* 8))
        // Bytes past the end are tested as "A", which needs no escape.
        let filler: UInt64 = 0x4141_4141_4141_4141
        guard JSONWriter.escapeBits(low & lowValid | filler & ~lowValid) | JSONWriter.escapeBits(high & highValid | filler & ~highValid) == 0
        else { return false }
        // Comma, quote, sixteen bytes (the tail overwritten or past the end), quote, colon, space.
        if count &+ 21 > capacity { grow(toHold: count &+ 21) }
        if comma {
            storage[count] = UInt8(ascii: ",")
            count &+= 1
        }
        let target = UnsafeMutableRawPointer(storage + count)
        target.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        target.storeBytes(of: low, toByteOffset: 1, as: UInt64.self)
        target.storeBytes(of: high, toByteOffset: 9, as: UInt64.self)
        var end = length &+ 1
        target.storeBytes(of: UInt8(ascii: "\""), toByteOffset: end, as: UInt8.self)
        end &+= 1
        if asKey {
            target.storeBytes(of: UInt8(ascii: ":"), toByteOffset: end, as: UInt8.self)
            end &+= 1
            if pretty {
                target.storeBytes(of: UInt8(ascii: " "), toByteOffset: end, as: UInt8.self)
                end &+= 1
            }
        }
        count &+= end
        return true
        #else
        return false
        #endif
    }

    /// `"key":` (or `"key": `) for a key that needs no escaping, the room for all of it made at once.
    mutating func appendKey(_ key: UnsafeBufferPointer<UInt8>, pretty: Bool) {
        let total = key.count + (pretty ? 4 : 3)
        if count + total > capacity { grow(toHold: count + total) }
        storage[count] = UInt8(ascii: "\"")
        count += 1
        append(key)
        storage[count] = UInt8(ascii: "\"")
        storage[count + 1] = UInt8(ascii: ":")
        count += 2
        if pretty {
            storage[count] = UInt8(ascii: " ")
            count += 1
        }
    }

    mutating func append(_ run: some Sequence<UInt8>) {
        for byte in run { append(byte) }
    }

    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if count + repeats > capacity { grow(toHold: count + repeats) }
        (storage + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    /// Doubling keeps appends amortized constant; the old bytes move once per doubling.
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
