package org.placewise.spc;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a statistical process control analysis of one measure.
 *
 * @param options         the options the analysis used (direction, target, settings)
 * @param chartKind       a full XmR chart from 15 points, otherwise a run chart
 * @param points          the analysed points, in chart order
 * @param partitions      the partitions with their means and limits, in chart order
 * @param latestVariation the variation icon of the latest point
 * @param assurance       the assurance icon
 * @param notes           plain-English explanations of how the data was treated
 */
public record SpcResult(SpcOptions options, ChartKind chartKind, List<SpcPoint> points, List<Partition> partitions,
		Variation latestVariation, Assurance assurance, List<String> notes) {

	/** Copies the lists so the result cannot change. */
	public SpcResult {
		points = List.copyOf(points);
		partitions = List.copyOf(partitions);
		notes = List.copyOf(notes);
	}

	/** The latest partition: the current process, whose limits judge the target. */
	public Optional<Partition> currentPartition() {
		return partitions.isEmpty() ? Optional.empty() : Optional.of(partitions.get(partitions.size() - 1));
	}

	/** The limits of the current process, if there are any. */
	public Optional<ProcessLimits> currentLimits() {
		return currentPartition().flatMap(Partition::limits);
	}

	/** The partition a point belongs to. */
	public Partition partitionOf(SpcPoint point) {
		return partitions.get(point.partition() - 1);
	}

	/** The points flagged by at least one special-cause rule. */
	public List<SpcPoint> flaggedPoints() {
		return points.stream().filter(SpcPoint::isFlagged).toList();
	}

	/** The latest point, if any. */
	public Optional<SpcPoint> latestPoint() {
		return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
	}
}
