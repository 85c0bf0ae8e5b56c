import type {
  FilterCheck,
  ParsedInput,
  ProfileList,
  RegionList,
} from '../../../../shared/contract';
import { forgetClients } from '../../../engine/aws/clients';
import { demoEndpointUrlIfStarted } from '../../../engine/aws/demo-endpoint';
import { answerMfa } from '../../../engine/aws/mfa-prompts';
import { listProfiles } from '../../../engine/aws/profiles';
import { regionsForPicker } from '../../../engine/aws/region-catalog';
import { forgetProfiles } from '../../../engine/aws/resolve-profile';
import { compileColumns } from '../../../engine/filter/compile-columns';
import { compileFilter } from '../../../engine/filter/compile-filter';
import { pushDown, pushedDownOf } from '../../../engine/paging/push-down';
import { getResource } from '../../../engine/resources/registry';
import type { HandlerContext } from '../../handler-context';

/** Listing profiles re-reads the files, so cached credentials and clients start over too. */
export const profilesList = async (): Promise<ProfileList> => {
  forgetProfiles();
  forgetClients();
  return listProfiles(await demoEndpointUrlIfStarted());
};

export const regionsList = (
  input: ParsedInput<'regions.list'>,
  context: HandlerContext,
): Promise<RegionList> => regionsForPicker(input.profile, context.signal);

export const filterCheck = async (input: ParsedInput<'filter.check'>): Promise<FilterCheck> => {
  const filter = compileFilter(input.filter);
  const view = input.view;
  const pushedDown = view
    ? pushedDownOf(view.params, pushDown(getResource(view.resource), view.params, filter))
    : null;
  return { projectionColumns: filter.hashKeys, warnings: filter.warnings, pushedDown };
};

export const columnCheck = async (input: ParsedInput<'column.check'>) => {
  const [compiled] = compileColumns([input.column]);
  return { id: compiled!.id, label: compiled!.label };
};

export const mfaAnswer = async (input: ParsedInput<'mfa.answer'>) => ({
  accepted: answerMfa(input.promptId, input.code),
});
