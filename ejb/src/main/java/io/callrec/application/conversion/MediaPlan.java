package io.callrec.application.conversion;

import io.callrec.domain.ondemand.AuditEntry;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.recording.OutputCheck.Stretch;
import io.callrec.media.engine.MixedPrompt;
import io.callrec.media.engine.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * What the media engine is to render of a recording: {@code spans} null = the whole capture (a call
 * recorded from the start whose recording no event changed, as before on-demand recording), empty =
 * nothing was ever recorded; {@code prompts} the announcements to mix in.
 */
public record MediaPlan(List<TimeSpan> spans, List<MixedPrompt> prompts) {

    static final MediaPlan WHOLE_CALL = new MediaPlan(null, List.of());

    public MediaPlan {
        spans = spans == null ? null : List.copyOf(spans);
        prompts = List.copyOf(prompts);
    }

    /** From the span policy's fresh outcome for a call that {@code startedRecorded} or not. */
    static MediaPlan of(boolean startedRecorded, List<RecordedSpan> recorded, List<AuditEntry> audit,
                        List<MixedPrompt> prompts) {
        boolean changedByEvents = audit.stream().anyMatch(a -> a.changedRecording() && a.trigger() != Trigger.AUTO);
        if (!changedByEvents) {
            return new MediaPlan(startedRecorded ? null : List.of(), prompts);
        }
        return new MediaPlan(recorded.stream().map(s -> new TimeSpan(s.start(), s.end())).toList(), prompts);
    }

    /**
     * A call split by transfers or parking: the recording holds exactly the parts its account owns
     * (the transfer policy's spans, leg by leg); nothing owned = nothing recorded.
     */
    static MediaPlan ofOwnedParts(List<StoredSpan> owned, List<MixedPrompt> prompts) {
        return new MediaPlan(owned.stream().map(s -> new TimeSpan(s.span().start(), s.span().end())).toList(), prompts);
    }

    /**
     * The plan of a recording shared by several accounts (plans of the same audio, and of accounts that
     * never started): the union of their spans (the engine merges overlaps), the whole call when any
     * of them records it whole, and every prompt once. Nothing recorded by anyone = never started.
     */
    static MediaPlan union(List<MediaPlan> plans) {
        if (plans.size() == 1) {
            return plans.get(0);
        }
        List<MixedPrompt> prompts = new ArrayList<>();
        for (MediaPlan p : plans) {
            p.prompts().stream().filter(x -> prompts.stream().noneMatch(y -> y.at().equals(x.at()))).forEach(prompts::add);
        }
        if (plans.stream().anyMatch(p -> p.spans() == null)) {
            return new MediaPlan(null, prompts);
        }
        List<TimeSpan> spans = new ArrayList<>();
        plans.forEach(p -> spans.addAll(p.spans()));
        return new MediaPlan(spans, prompts);
    }

    /**
     * Indexes of the plans that record something, grouped by the audio they render (in order of first
     * appearance); plans that never started are in no group.
     */
    static List<List<Integer>> sameAudioGroups(List<MediaPlan> plans) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).neverStarted()) {
                continue;
            }
            int index = i;
            groups.stream().filter(g -> plans.get(g.get(0)).sameAudio(plans.get(index))).findFirst()
                    .ifPresentOrElse(g -> g.add(index), () -> groups.add(new ArrayList<>(List.of(index))));
        }
        return groups;
    }

    /** Both plans render the same audio: the same spans (or both the whole call) and prompts at the same instants. */
    boolean sameAudio(MediaPlan other) {
        List<Stretch> mine = stretches();
        List<Stretch> theirs = other.stretches();
        return (mine == null ? theirs == null : theirs != null && Stretch.merged(mine).equals(Stretch.merged(theirs)))
                && prompts.stream().map(MixedPrompt::at).toList()
                        .equals(other.prompts.stream().map(MixedPrompt::at).toList());
    }

    /** The spans as the output check takes them (null: the whole call). */
    List<Stretch> stretches() {
        return spans == null ? null : spans.stream().map(s -> new Stretch(s.start(), s.end())).toList();
    }

    public boolean neverStarted() {
        return spans != null && spans.isEmpty();
    }
}
