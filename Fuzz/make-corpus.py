#!/usr/bin/env python3
"""Writes the seed corpus in Fuzz/corpus/: one or a few small, valid files per target, in the real
formats (a FIT run with a compressed timestamp, GPX, TCX, an Apple Health export, zip, gzip, SSE
streams of both providers). Run once; the output is committed."""
import gzip, io, os, struct, zipfile

here = os.path.dirname(os.path.abspath(__file__))

def put(target, name, data):
    os.makedirs(os.path.join(here, "corpus", target), exist_ok=True)
    with open(os.path.join(here, "corpus", target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]

def fit_crc(data):
    crc = 0
    for byte in data:
        tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[byte & 0xF]
        tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[(byte >> 4) & 0xF]
    return crc

def definition(local, glob, fields):
    out = bytes([0x40 | local, 0, 0]) + struct.pack("<HB", glob, len(fields))
    for number, size, base in fields: out += bytes([number, size, base])
    return out

def fit_file(records):
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(records), b".FIT")
    header += struct.pack("<H", fit_crc(header))
    body = header + records
    return body + struct.pack("<H", fit_crc(body))

t0 = 1_000_000_000
r = definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)]) + bytes([0]) + struct.pack("<BHI", 4, 1, t0)
r += definition(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (5, 4, 0x86), (3, 1, 0x02)])
r += definition(2, 20, [(5, 4, 0x86), (3, 1, 0x02)])
for i in range(6):
    if i % 2 == 0:
        r += bytes([1]) + struct.pack("<IiiIB", t0 + i * 5, 560_000_000 + i * 1600, 95_443_717, i * 1500, 150)
    else:
        r += bytes([0x80 | (2 << 5) | ((t0 + i * 5) & 0x1F)]) + struct.pack("<IB", i * 1500, 151)
r += definition(3, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00)])
r += bytes([3]) + struct.pack("<IIIIB", t0 + 25, t0, 25_000, 750_000 // 100, 1)
run = fit_file(r)
put("fit", "run.fit", run)
put("fit", "truncated.fit", run[:-19])
put("fit", "chained.fit", run + run)

gpx = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
 <trk><name>Morning Run</name><type>running</type><trkseg>
  <trkpt lat="50.0000" lon="8.0"><ele>100</ele><time>2024-03-01T06:00:00Z</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
  <trkpt lat="50.0009" lon="8.0"><ele>101</ele><time>2024-03-01T06:00:30Z</time></trkpt>
 </trkseg></trk>
</gpx>
"""
tcx = """<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
 <Activities><Activity Sport="Running"><Id>2024-03-02T07:00:00.000+01:00</Id>
  <Lap StartTime="2024-03-02T06:00:00Z"><TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters>
   <Track><Trackpoint><Time>2024-03-02T06:00:00Z</Time><Position><LatitudeDegrees>47.0</LatitudeDegrees><LongitudeDegrees>8.0</LongitudeDegrees></Position>
    <DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm></Trackpoint></Track></Lap>
  <Creator><Name>Forerunner 255</Name></Creator></Activity></Activities>
</TrainingCenterDatabase>
"""
health = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST Record type CDATA #REQUIRED value CDATA #IMPLIED>
]>
<HealthData locale="en_US">
 <ExportDate value="2024-03-10 18:00:00 +0100"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2024-03-05 08:00:00 +0100" endDate="2024-03-05 08:10:00 +0100" value="1200"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" sourceName="Apple Watch" startDate="2024-03-06 07:00:00 +0100" endDate="2024-03-06 07:30:00 +0100">
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" sum="5.1" unit="km"/>
  <WorkoutRoute sourceName="Apple Watch"><FileReference path="/workout-routes/route_2024-03-06_7.30am.gpx"/></WorkoutRoute>
 </Workout>
</HealthData>
"""
put("xml", "run.gpx", gpx)
put("xml", "run.tcx", tcx)
put("xml", "export.xml", health)

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("apple_health_export/export.xml", health)
    z.writestr("activities/1.gpx", gpx)
    z.writestr("activities.csv", "Activity ID,Activity Date\n1,\"Oct 7, 2020, 2:43:11 PM\"\n", zipfile.ZIP_STORED)
put("zip", "export.zip", buffer.getvalue())

put("gzip", "run.gpx.gz", gzip.compress(gpx.encode()))
put("gzip", "run.fit.gz", gzip.compress(run))

put("sse", "openai.txt", 'data: {"id":"c1","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}]}\n\n'
    'data: {"id":"c1","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}\r\n\r\n: keep-alive\n\ndata: [DONE]\n\n')
put("sse", "anthropic.txt", 'event: message_start\ndata: {"type":"message_start","message":{"id":"m1"}}\n\n'
    'event: content_block_delta\r\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\r\r'
    'id: 7\nretry: 3000\nevent: message_stop\ndata: {"type":"message_stop"}\n\n')
