public import Foundation
import Gazetteer

/// Something that turns a token's features into one score per tag: the float weights while
/// training, the quantized table when analyzing.
public protocol TagScorer {
    /// The sum of the weights of the features of `token` (``DocumentFeatures/addFeatures(of:into:)``), per tag.
    func score(_ token: ScoredToken, in document: DocumentFeatures) -> TagScores
}

/// Sums of `Int16` weights over some features, per tag: the outside tag, and the 16 entity tags
/// as two vectors, the even-numbered and the odd-numbered ones (entity tag `2k` is `even[k]`):
/// a row's 16 weights read as 8 pairs widen to 32 bits with two shifts, where widening them one
/// by one was a call per feature. Integer sums do not depend on the order of the features, so
/// sums over parts of a token's features (``WordScores``) add up to exactly the sum over all of them.
struct TagSums: Sendable {
    var outside: Int32 = 0
    var even = SIMD8<Int32>()
    var odd = SIMD8<Int32>()

    static func + (a: TagSums, b: TagSums) -> TagSums {
        TagSums(outside: a.outside &+ b.outside, even: a.even &+ b.even, odd: a.odd &+ b.odd)
    }
}

/// One score per tag, in ``EntityTag/rawValue`` order, as a fixed-size value a scorer returns
/// without allocating: the outside tag's, then the 16 entity tags' as one vector (made from
/// ``TagSums``' even and odd halves with two conversions, where setting the 17 scores one lane
/// at a time cost a tenth of a scored token's work). Read it by tag after ``copy(into:)``: a
/// vector read at a varying lane was spilled whole to memory for every read.
public struct TagScores: Sendable {
    private var outside: Float = 0
    private var entity = SIMD16<Float>()
    /// How many floats ``copy(into:)`` writes.
    public static var laneCount: Int { 1 + SIMD16<Float>.scalarCount }

    init() {}

    init(outside: Float, even: SIMD8<Float>, odd: SIMD8<Float>) {
        self.outside = outside
        entity.evenHalf = even
        entity.oddHalf = odd
    }

    public subscript(tag: Int) -> Float {
        get { tag == 0 ? outside : entity[tag - 1] }
        set { if tag == 0 { outside = newValue } else { entity[tag - 1] = newValue } }
    }

    /// Writes the scores to `buffer[0..<laneCount]` in two stores.
    public func copy(into buffer: UnsafeMutableBufferPointer<Float>) {
        precondition(buffer.count >= Self.laneCount)
        let bytes = UnsafeMutableRawBufferPointer(buffer)
        bytes.storeBytes(of: outside, as: Float.self)
        bytes.storeBytes(of: entity, toByteOffset: MemoryLayout<Float>.size, as: SIMD16<Float>.self)
    }
}

/// The features added, summed straight from the model's table as they are made, while
/// ``EntityModel/sum(_:)`` holds it.
struct TableSums: FeatureSink {
    let table: UnsafeBufferPointer<Int16>
    let mask: Int
    var sums = TagSums()

    @inline(__always)
    mutating func add(_ feature: UInt64) { EntityModel.add(feature, from: table, mask: mask, to: &sums) }
}

/// The shipped weights: a hashed table of rows, one `Int16` per tag, and the scale that turns
/// them back into the trainer's units. Rows are addressed by the low bits of a feature hash,
/// so colliding features share a row (the hashing trick keeps the file a fixed, small size).
///
/// `@unchecked Sendable`: `table` points into `weights`, which the model holds, and neither is
/// ever written.
public struct EntityModel: TagScorer, @unchecked Sendable {
    public let rowCount: Int
    public let scale: Float
    /// The rows, in memory of their own or read in place from the mapped model file.
    let weights: StoredArray<Int16>
    /// `weights`' memory, summed for every scored token without a closure and the retain and
    /// release of the mapping around it (through `withUnsafeBufferPointer` they cost the
    /// analyzer 12% more instructions).
    private let table: UnsafeBufferPointer<Int16>
    private let mask: Int

    static let magic: [UInt8] = Array("ENTM0001".utf8)
    /// The magic, the row count and the scale: 16 bytes, so the weights after them are aligned.
    private static let headerSize = magic.count + 8

    public init(rowCount: Int, scale: Float, weights: [Int16]) {
        precondition(weights.count == rowCount * EntityTag.count)
        self.init(rowCount: rowCount, scale: scale, table: StoredArray(weights))
    }

    private init(rowCount: Int, scale: Float, table: StoredArray<Int16>) {
        precondition(rowCount.nonzeroBitCount == 1 && table.count == rowCount * EntityTag.count)
        precondition(EntityTag.count == 17, "add(_:from:mask:to:) reads the 16 entity tags as one vector")
        precondition(UInt16(littleEndian: 1) == 1, "add(_:from:mask:to:) reads pairs of weights as little-endian 32-bit lanes")
        self.rowCount = rowCount
        self.scale = scale
        weights = table
        self.table = table.unsafeBuffer
        mask = rowCount - 1
    }

    /// Rounds float weights to `Int16`, scaled so the largest magnitude fills the range.
    public init(quantizing floats: [Float], rowCount: Int) {
        let largest = floats.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.init(rowCount: rowCount, scale: scale, weights: floats.map { Int16(($0 / scale).rounded()) })
    }

    /// Every feature of `token` summed from the table.
    public func score(_ token: ScoredToken, in document: DocumentFeatures) -> TagScores {
        scores(sum { document.addFeatures(of: token, into: &$0) })
    }

    /// `sums` in the trainer's units, converted once, so the scores are those of all the
    /// features summed in one go.
    @inline(__always)
    func scores(_ sums: TagSums) -> TagScores {
        // Lane by lane the same conversion and product as `Float(sum) * scale`.
        TagScores(outside: Float(sums.outside) * scale, even: SIMD8<Float>(sums.even) * scale, odd: SIMD8<Float>(sums.odd) * scale)
    }

    /// Adds the row of `feature` in `table` to `sums`: the 16 entity tags as one vector plus the
    /// outside tag alone. The analyzer spends most of its time here, and rows are read unaligned
    /// (17 weights per row).
    @inline(__always)
    static func add(_ feature: UInt64, from table: UnsafeBufferPointer<Int16>, mask: Int, to sums: inout TagSums) {
        // Wrapping arithmetic: the masked row is in the table, and overflow checks cost a
        // tenth of the loop.
        let row = (Int(truncatingIfNeeded: feature) & mask) &* EntityTag.count
        sums.outside &+= Int32(table[row])
        // The entity tags' weights as 8 pairs, each pair one 32-bit lane: the even tag in its
        // low half on a little-endian host (checked in init), the odd one in its high half.
        let pairs = UnsafeRawPointer(table.baseAddress!).loadUnaligned(fromByteOffset: (row &+ 1) &* 2, as: SIMD8<Int32>.self)
        sums.even &+= (pairs &<< 16) &>> 16
        sums.odd &+= pairs &>> 16
    }

    /// The sum of the features `body` adds, through the table's buffer held for all of them: a
    /// sink holding a copy of the model retained and released the table each time one was made
    /// (twice per scored token, 2.7 M instructions per MB of news).
    @inline(__always)
    func sum(_ body: (inout TableSums) -> Void) -> TagSums {
        var sums = TableSums(table: table, mask: mask)
        body(&sums)
        return sums.sums
    }

    // MARK: - File

    /// `ENTM0001`, row count (UInt32 LE), scale (Float32 LE), then the weights (Int16 LE),
    /// row by row, one per tag.
    public func encoded() -> Data {
        var data = Data(Self.magic)
        withUnsafeBytes(of: UInt32(rowCount).littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        weights.withUnsafeBufferPointer { buffer in
            for weight in buffer { withUnsafeBytes(of: weight.littleEndian) { data.append(contentsOf: $0) } }
        }
        return data
    }

    public init(data: Data) throws {
        let rows = try data.withUnsafeBytes { try Self.rowCount(ofFile: $0) }
        // One copy of the bytes into the table: decoding weight by weight was most of the
        // start-up time the model cost (7 M instructions).
        let count = rows.count * EntityTag.count
        let weights = [Int16](unsafeUninitializedCapacity: count) { table, initialized in
            data.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(table).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize...]))
            }
            initialized = count
        }
        self.init(rowCount: rows.count, scale: rows.scale, weights: weights)
    }

    /// The model in the file at `path`, its weights read in place from the mapped file: copied,
    /// the 4.5 MB table cost every process its page faults and the copy, a tenth of the start-up.
    public init(contentsOfFile path: String) throws {
        guard let file = MappedFile(path: path) else { throw EntityModelError.malformed("cannot read \(path)") }
        let rows = try Self.rowCount(ofFile: file.bytes)
        guard let table = StoredArray<Int16>(file, byteOffset: Self.headerSize, count: rows.count * EntityTag.count) else {
            throw EntityModelError.malformed("misaligned weights in \(path)")
        }
        self.init(rowCount: rows.count, scale: rows.scale, table: table)
    }

    /// The row count and the scale from a model file's header, checked against the file's size.
    private static func rowCount(ofFile bytes: UnsafeRawBufferPointer) throws -> (count: Int, scale: Float) {
        guard bytes.count >= headerSize, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw EntityModelError.malformed("not an entities model (bad magic)")
        }
        let rows = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self)))
        let scale = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count + 4, as: UInt32.self)))
        guard rows > 0, rows.nonzeroBitCount == 1, bytes.count == headerSize + rows * EntityTag.count * 2 else {
            throw EntityModelError.malformed("size does not match \(rows) rows of \(EntityTag.count) tags")
        }
        return (rows, scale)
    }

    /// The model shipped in the plugin's resources, read once per process.
    public static func bundled() throws -> EntityModel { try sharedBundled.get() }

    private static let sharedBundled: Result<EntityModel, any Error> = Result {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "model") else {
            throw EntityModelError.malformed("the plugin's entities.model resource is missing")
        }
        return try EntityModel(contentsOfFile: url.path)
    }
}

public enum EntityModelError: Error, CustomStringConvertible {
    case malformed(String)
    public var description: String {
        switch self { case let .malformed(reason): "entities model: \(reason)" }
    }
}

/// Averaged perceptron weights while training (Collins 2002), with the usual lazy averaging:
/// each update also adds `step × change` to a second table, so the average is
/// `weights - totals / step` at the end without touching every weight per step.
public final class PerceptronWeights: TagScorer {
    public let rowCount: Int
    private var weights: [Float]
    private var totals: [Float]
    private var step: Float = 1
    private let mask: Int

    public init(rowCount: Int) {
        precondition(rowCount.nonzeroBitCount == 1)
        self.rowCount = rowCount
        weights = [Float](repeating: 0, count: rowCount * EntityTag.count)
        totals = weights
        mask = rowCount - 1
    }

    /// Adds the weights of `token`'s features in the order they are listed, as training always has.
    public func score(_ token: ScoredToken, in document: DocumentFeatures) -> TagScores {
        var features: [UInt64] = []
        document.addFeatures(of: token, into: &features)
        var scores = TagScores()
        for feature in features {
            let row = (Int(truncatingIfNeeded: feature) & mask) * EntityTag.count
            for tag in 0..<EntityTag.count { scores[tag] += weights[row + tag] }
        }
        return scores
    }

    /// Moves the weights of `token`'s features towards `gold` and away from `guess`.
    func update(_ token: ScoredToken, in document: DocumentFeatures, gold: EntityTag, guess: EntityTag) {
        guard gold != guess else { return }
        var features: [UInt64] = []
        document.addFeatures(of: token, into: &features)
        for feature in features {
            let row = (Int(truncatingIfNeeded: feature) & mask) * EntityTag.count
            weights[row + gold.rawValue] += 1
            totals[row + gold.rawValue] += step
            weights[row + guess.rawValue] -= 1
            totals[row + guess.rawValue] -= step
        }
    }

    func advance() { step += 1 }

    /// The averaged weights, as a model.
    public func averagedModel() -> EntityModel {
        let averaged = zip(weights, totals).map { $0 - $1 / step }
        return EntityModel(quantizing: averaged, rowCount: rowCount)
    }
}
