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
    /// in place: the digits are counted against powers of ten, then stored from the last, with
    /// one capacity check for the whole number.
    mutating func appendDigits(_ value: UInt64, minimumDigits: Int) {
        var digits = 1
        var power: UInt64 = 10
        while digits < 20, value >= power {
            digits += 1
            power = power &* 10
        }
        digits = max(digits, minimumDigits)
        if count + digits > capacity { grow(toHold: count + digits) }
        var remaining = value
        var position = count + digits
        while position > count {
            position -= 1
            storage[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        count += digits
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
