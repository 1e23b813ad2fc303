public import Foundation

/// Something that turns features into one score per tag: the float weights while training,
/// the quantized table when analyzing.
public protocol TagScorer {
    func accumulate(_ features: ArraySlice<UInt64>, into scores: inout [Float])

    /// Appends the features of the token at `index` (of sentence number `sentence`) that do not
    /// depend on the tags: by default all of them, which is what training needs listed.
    func appendFeatures(of index: Int, sentence: Int, in document: DocumentFeatures, into features: inout [UInt64])

    /// Adds to `scores` the weights of the token at `index`: `features` is what
    /// ``appendFeatures(of:sentence:in:into:)`` appended, then the tag-dependent features.
    func accumulate(_ features: ArraySlice<UInt64>, token index: Int, sentence: Int, in document: DocumentFeatures,
                    into scores: inout [Float])
}

extension TagScorer {
    public func appendFeatures(of index: Int, sentence: Int, in document: DocumentFeatures, into features: inout [UInt64]) {
        document.appendStaticFeatures(of: index, sentence: sentence, into: &features)
    }

    public func accumulate(_ features: ArraySlice<UInt64>, token index: Int, sentence: Int, in document: DocumentFeatures,
                           into scores: inout [Float]) {
        accumulate(features, into: &scores)
    }
}

/// Sums of `Int16` weights over some features, per tag: the outside tag, and the 16 entity tags
/// as one vector. Integer sums do not depend on the order of the features, so sums over parts of
/// a token's features (``WordScores``) add up to exactly the sum over all of them.
struct TagSums: Sendable {
    var outside: Int32 = 0
    var entity = SIMD16<Int32>()
}

/// The shipped weights: a hashed table of rows, one `Int16` per tag, and the scale that turns
/// them back into the trainer's units. Rows are addressed by the low bits of a feature hash,
/// so colliding features share a row (the hashing trick keeps the file a fixed, small size).
public struct EntityModel: TagScorer, Sendable {
    public let rowCount: Int
    public let scale: Float
    let weights: [Int16]
    private let mask: Int

    static let magic: [UInt8] = Array("ENTM0001".utf8)

    public init(rowCount: Int, scale: Float, weights: [Int16]) {
        precondition(rowCount.nonzeroBitCount == 1 && weights.count == rowCount * EntityTag.count)
        precondition(EntityTag.count == 17, "accumulate reads the 16 entity tags as one vector")
        self.rowCount = rowCount
        self.scale = scale
        self.weights = weights
        mask = rowCount - 1
    }

    /// Rounds float weights to `Int16`, scaled so the largest magnitude fills the range.
    public init(quantizing floats: [Float], rowCount: Int) {
        let largest = floats.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.init(rowCount: rowCount, scale: scale, weights: floats.map { Int16(($0 / scale).rounded()) })
    }

    @inline(__always)
    public func accumulate(_ features: ArraySlice<UInt64>, into scores: inout [Float]) {
        accumulate(features, startingFrom: TagSums(), into: &scores)
    }

    /// Adds `sums` plus the weights of `features` to `scores`, converted once, so the scores are
    /// those of all the features summed in one go.
    @inline(__always)
    func accumulate(_ features: ArraySlice<UInt64>, startingFrom sums: TagSums, into scores: inout [Float]) {
        var sums = sums
        add(features, to: &sums)
        scores[0] += Float(sums.outside) * scale
        for tag in 0..<16 { scores[tag + 1] += Float(sums.entity[tag]) * scale }
    }

    /// Row sums as one 16-lane vector for the entity tags plus the outside tag alone: the
    /// decoder spends most of its time here, and rows are read unaligned (17 weights per row).
    @inline(__always)
    func add(_ features: ArraySlice<UInt64>, to sums: inout TagSums) {
        weights.withUnsafeBufferPointer { table in
            let base = UnsafeRawPointer(table.baseAddress!)
            for feature in features {
                // Wrapping arithmetic: the masked row is in the table, and overflow checks cost a
                // tenth of the loop.
                let row = (Int(truncatingIfNeeded: feature) & mask) &* EntityTag.count
                sums.outside &+= Int32(table[row])
                sums.entity &+= SIMD16<Int32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: (row &+ 1) &* 2, as: SIMD16<Int16>.self))
            }
        }
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
        let bytes = [UInt8](data)
        let header = Self.magic.count + 8
        guard bytes.count >= header, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw EntityModelError.malformed("not an entities model (bad magic)")
        }
        func word(_ offset: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
        }
        let rows = Int(word(Self.magic.count))
        let scale = Float(bitPattern: word(Self.magic.count + 4))
        guard rows > 0, rows.nonzeroBitCount == 1, bytes.count == header + rows * EntityTag.count * 2 else {
            throw EntityModelError.malformed("size does not match \(rows) rows of \(EntityTag.count) tags")
        }
        var weights = [Int16](repeating: 0, count: rows * EntityTag.count)
        for index in weights.indices {
            let offset = header + index * 2
            weights[index] = Int16(bitPattern: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8)
        }
        self.init(rowCount: rows, scale: scale, weights: weights)
    }

    /// The model shipped in the plugin's resources, read once per process.
    public static func bundled() throws -> EntityModel { try sharedBundled.get() }

    private static let sharedBundled: Result<EntityModel, any Error> = Result {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "model") else {
            throw EntityModelError.malformed("the plugin's entities.model resource is missing")
        }
        return try EntityModel(data: Data(contentsOf: url))
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

    public func accumulate(_ features: ArraySlice<UInt64>, into scores: inout [Float]) {
        for feature in features {
            let row = (Int(truncatingIfNeeded: feature) & mask) * EntityTag.count
            for tag in 0..<EntityTag.count { scores[tag] += weights[row + tag] }
        }
    }

    func update(_ features: ArraySlice<UInt64>, gold: EntityTag, guess: EntityTag) {
        guard gold != guess else { return }
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
