package io.streampulse.aggregator.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary serde for the topology's hot internal records (state stores, changelogs, repartition
 * topics), written field by field after a format version byte. Internal only: these bytes are no public
 * interface. JSON ({@link InternalSerde}) costs several times more CPU per record on this path.
 */
final class BinarySerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private static final byte VERSION = 1;

    /** Writes a value's fields. */
    interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    /** Reads the fields back, in the same order. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private final Writer<T> writer;
    private final Reader<T> reader;

    private BinarySerde(Writer<T> writer, Reader<T> reader) {
        this.writer = writer;
        this.reader = reader;
    }

    static <T> BinarySerde<T> of(Writer<T> writer, Reader<T> reader) {
        return new BinarySerde<>(writer, reader);
    }

    static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return List.copyOf(values);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writer.write(out, data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + data.getClass().getSimpleName(), e);
        }
        return bytes.toByteArray();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown internal format version " + version + " on " + topic);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new SerializationException("cannot read an internal record from " + topic, e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
