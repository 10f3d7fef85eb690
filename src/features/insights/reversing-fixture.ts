/**
 * The hand-made dataset whose verdict reverses when declarations and dialogues are excluded. The same
 * file is served to the browser tests (`?data=data/fixtures/quad-reversing.json`).
 *
 *   alliance   AUS–USA 1951 (d5)                    quad-internal, before the window
 *   logistics  FRA–JPN 2012 (d2), replaced 2016-06-01 by the 2016 one (d3, in force 2017-01-01)
 *   declarations (d1): AUS–JPN 2015-03-01, GBR–IND 2016-02 (month only), FRA–GBR 2017-04-01,
 *              FRA–USA 2018-09-01 (unverified), JPN–USA 2019-10-01
 *   Quad group: dialogue 2015-06-01 (d1), information 2018-03-01 (d2), equipment 2019-05-01 (d2,
 *              in force 2021-02-01, after the timeline's end)
 *   Quad meetings: 2015, 2017 (month only), 2019; one France–UK summit.
 *   Timeline 1 Jan 2015 – 31 Dec 2020.
 */
import raw from "../../../public/data/fixtures/quad-reversing.json";
import { datasetSchema, type Dataset } from "../../data/schema";

export const makeReversingFixture = (): Dataset => datasetSchema.parse(raw);
