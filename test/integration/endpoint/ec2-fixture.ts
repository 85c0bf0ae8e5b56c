import { DescribeInstancesCommand, type Instance, type Reservation } from '@aws-sdk/client-ec2';
import type { RunningEndpoint } from '../../../electron/endpoint/server';
import { ec2Client } from './endpoint-clients';

/** Every us-east-1 reservation in one unpaginated call: what the paged results must add up to. */
export const usEastReservations = async (endpoint: RunningEndpoint): Promise<Reservation[]> =>
  (await ec2Client(endpoint).send(new DescribeInstancesCommand({}))).Reservations ?? [];

export const instancesOf = (reservations: Reservation[]): Instance[] =>
  reservations.flatMap((r) => r.Instances ?? []);
