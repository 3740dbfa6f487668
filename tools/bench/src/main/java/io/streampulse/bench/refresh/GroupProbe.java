package io.streampulse.bench.refresh;

import io.streampulse.contracts.topic.Topics;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/** Who holds which input partition in refresh's consumer group, as the group coordinator tells it. */
final class GroupProbe implements AutoCloseable {

    static final String GROUP = "streampulse-refresh";

    private final Admin admin;

    GroupProbe(String bootstrap) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
    }

    /**
     * Member id → partitions of twitch.streams.discovered.v1 it holds; empty while the group rebalances or
     * when the coordinator does not answer within a few seconds.
     */
    Map<String, Set<Integer>> assignment() throws InterruptedException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(Set.of(GROUP)).all()
                .get(5, TimeUnit.SECONDS).get(GROUP);
            if (group.groupState() != GroupState.STABLE) {
                return Map.of();
            }
            Map<String, Set<Integer>> byMember = new TreeMap<>();
            for (MemberDescription m : group.members()) {
                Set<Integer> partitions = new TreeSet<>();
                for (TopicPartition tp : m.assignment().topicPartitions()) {
                    if (tp.topic().equals(Topics.STREAMS_DISCOVERED.name())) {
                        partitions.add(tp.partition());
                    }
                }
                byMember.put(m.consumerId(), partitions);
            }
            return byMember;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
