// Every terminal block this module's lessons 4.1 and 4.2 show must be what the simulator prints.
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { SESSIONS } from "./transcripts";

describeTranscripts(__dirname, SESSIONS);
